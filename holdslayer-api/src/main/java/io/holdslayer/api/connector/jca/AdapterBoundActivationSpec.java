package io.holdslayer.api.connector.jca;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;

/** An activation spec's association with its resource adapter, which the container sets (JCA 1.7 §5.3.3). */
public abstract class AdapterBoundActivationSpec implements ActivationSpec {

    private ResourceAdapter adapter;

    @Override
    public ResourceAdapter getResourceAdapter() {
        return adapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) {
        this.adapter = adapter;
    }
}
