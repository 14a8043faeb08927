package io.holdslayer.media.ra.inbound;

import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaListener;
import io.holdslayer.media.engine.MediaEventSink;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers media events to the active message endpoints. {@link #publish} only queues (bounded: when 10,000
 * events wait, further ones are dropped and counted), so neither the media clock nor the receiver ever waits
 * for a bean. One delivery thread calls the endpoints, in order; a second one joins only while the queue is
 * full, so under overload ordering is no longer strict.
 */
public final class EventDispatcher implements MediaEventSink {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());

    private final Map<MessageEndpointFactory, MediaActivationSpec> endpoints = new ConcurrentHashMap<>();
    private final ExecutorService delivery;
    private volatile long dropped;
    private volatile long delivered;

    public EventDispatcher(ThreadFactory threads) {
        delivery = new ThreadPoolExecutor(1, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000), threads);
    }

    public void activate(MessageEndpointFactory factory, MediaActivationSpec spec) throws InvalidPropertyException {
        spec.validate();
        endpoints.put(factory, spec);
    }

    public void deactivate(MessageEndpointFactory factory) {
        endpoints.remove(factory);
    }

    @Override
    public void publish(MediaEvent event) {
        for (Map.Entry<MessageEndpointFactory, MediaActivationSpec> entry : endpoints.entrySet()) {
            if (entry.getValue().accepts(event)) {
                try {
                    delivery.execute(() -> deliver(entry.getKey(), event));
                } catch (RejectedExecutionException e) {
                    dropped++;
                }
            }
        }
    }

    private void deliver(MessageEndpointFactory factory, MediaEvent event) {
        if (!endpoints.containsKey(factory)) {
            return;
        }
        MessageEndpoint endpoint = null;
        try {
            endpoint = factory.createEndpoint(null);
            ((MediaListener) endpoint).onMediaEvent(event);
            delivered++;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "media event " + event + " not delivered: " + e, e);
        } finally {
            if (endpoint != null) {
                endpoint.release();
            }
        }
    }

    public int activeEndpoints() {
        return endpoints.size();
    }

    public long dropped() {
        return dropped;
    }

    public long delivered() {
        return delivered;
    }

    public void stop() {
        endpoints.clear();
        delivery.shutdown();
        try {
            if (!delivery.awaitTermination(5, TimeUnit.SECONDS)) {
                delivery.shutdownNow();
            }
        } catch (InterruptedException e) {
            delivery.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
