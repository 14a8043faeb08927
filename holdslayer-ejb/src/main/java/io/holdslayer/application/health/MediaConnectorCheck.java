package io.holdslayer.application.health;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.media.MediaConnection;
import io.holdslayer.api.media.MediaConnectionFactory;
import io.holdslayer.api.media.MediaConnectorNames;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;

/** Takes a connection from the media connector's pool and asks the adapter for its status. */
@ApplicationScoped
public class MediaConnectorCheck implements ComponentCheck {

    @Override
    public ComponentHealth check() {
        try {
            MediaConnectionFactory factory = InitialContext.doLookup(MediaConnectorNames.CONNECTION_FACTORY);
            try (MediaConnection connection = factory.getConnection()) {
                ConnectorStatus status = connection.status();
                return new ComponentHealth("media", status.up(), status.detail());
            }
        } catch (Exception e) {
            return ComponentHealth.down("media", "media connector unavailable: " + e);
        }
    }
}
