package io.holdslayer.application.health;

/** One component's health: UP or DOWN, with a line that says why. */
public record ComponentHealth(String name, boolean up, String detail) {

    public static ComponentHealth up(String name, String detail) {
        return new ComponentHealth(name, true, detail);
    }

    public static ComponentHealth down(String name, String detail) {
        return new ComponentHealth(name, false, detail);
    }

    public String status() {
        return up ? "UP" : "DOWN";
    }
}
