package io.holdslayer.application.health;

/** Checks one component; never throws, a failure is a DOWN result. */
public interface ComponentCheck {

    ComponentHealth check();
}
