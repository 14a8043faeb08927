package io.holdslayer.media.ra.inbound;

import io.holdslayer.api.connector.jca.AdapterBoundActivationSpec;
import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.api.media.MediaListener;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a message-driven bean listens to the media plane: {@code eventTypes} (comma-separated
 * {@link MediaEventType} names, empty for all) and {@code legRole} (COMPANY, DEVICE, or empty for both).
 */
@Activation(messageListeners = MediaListener.class)
public class MediaActivationSpec extends AdapterBoundActivationSpec {

    @ConfigProperty(description = "Comma-separated media event types to deliver (e.g. DTMF_HEARD,HUMAN_DETECTED);"
            + " empty delivers all", defaultValue = "")
    private String eventTypes = "";

    @ConfigProperty(description = "Deliver events of COMPANY or DEVICE legs only; empty delivers both",
            defaultValue = "")
    private String legRole = "";


    @Override
    public void validate() throws InvalidPropertyException {
        types();
        role();
    }

    /** The event types asked for. */
    public Set<MediaEventType> types() throws InvalidPropertyException {
        Set<MediaEventType> types = EnumSet.noneOf(MediaEventType.class);
        if (eventTypes == null || eventTypes.isBlank()) {
            return EnumSet.allOf(MediaEventType.class);
        }
        for (String name : eventTypes.split(",")) {
            String trimmed = name.trim().toUpperCase(Locale.ROOT);
            try {
                types.add(MediaEventType.valueOf(trimmed));
            } catch (IllegalArgumentException e) {
                throw new InvalidPropertyException("eventTypes: '" + name.trim() + "' is not a media event type;"
                        + " use any of " + EnumSet.allOf(MediaEventType.class));
            }
        }
        return types;
    }

    /** The leg role asked for, or null for both. */
    public LegRole role() throws InvalidPropertyException {
        if (legRole == null || legRole.isBlank()) {
            return null;
        }
        try {
            return LegRole.valueOf(legRole.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertyException("legRole: '" + legRole + "' is not COMPANY or DEVICE (or empty for both)");
        }
    }

    /** Whether an event passes this spec's filter (validated specs only). */
    public boolean accepts(MediaEvent event) {
        try {
            LegRole role = role();
            return types().contains(event.type()) && (role == null || role == event.role());
        } catch (InvalidPropertyException e) {
            return false;
        }
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public String getLegRole() {
        return legRole;
    }

    public void setLegRole(String legRole) {
        this.legRole = legRole;
    }
}
