package io.holdslayer.application.flow;

/** A whole phone tree as exported and imported: the number, a name, and the first menu. A JSON-B document class. */
public class FlowDocument {

    public String number = "";

    public String name = "";

    public FlowNode root = new FlowNode();
}
