package io.holdslayer.domain.model.call;

/** Who said a transcribed line. */
public enum Speaker {
    /** The company's side: IVR prompts, announcements, the agent. */
    COMPANY,
    /** The user, once bridged. */
    USER,
    /** The gateway itself, e.g. text it spoke into the call. */
    GATEWAY
}
