package io.holdslayer.application.notify;

/**
 * Who a call was to, as the user would name it.
 *
 * @param name the learned call flow's name (e.g. "Acme Bank"), or empty when none is known
 */
public record CalledCompany(String number, String name) {

    /** {@code Acme Bank (+15550100)}, or the number alone. */
    public String label() {
        return name == null || name.isBlank() ? number : name + " (" + number + ")";
    }
}
