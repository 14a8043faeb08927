package io.holdslayer.api.media;

/** Which side of the B2BUA a media leg faces. */
public enum LegRole {
    /** The call placed through the trunk to the company. */
    COMPANY,
    /** The call to one of the user's registered devices. */
    DEVICE
}
