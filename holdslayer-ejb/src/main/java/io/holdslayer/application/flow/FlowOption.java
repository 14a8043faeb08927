package io.holdslayer.application.flow;

/**
 * One choice at a menu: the digits, what the choice is for, where it led, and how calls that took it fared.
 * A JSON-B document class.
 */
public class FlowOption {

    public String digits = "";

    /** What the option is for, in words ("billing", "dispute a charge"); matched against a call's intent. */
    public String label = "";

    public FlowOutcome outcome = FlowOutcome.UNKNOWN;

    /** The menu that follows, when {@link #outcome} is {@link FlowOutcome#MENU}. */
    public FlowNode next;

    /** Calls that pressed it. */
    public int taken;

    /** Of those, calls that reached a person. */
    public int humans;

    /** Seconds on hold summed over the calls that reached hold through it. */
    public long holdSeconds;

    public FlowOption() {
    }

    public FlowOption(String digits, String label) {
        this.digits = digits;
        this.label = label == null ? "" : label;
    }
}
