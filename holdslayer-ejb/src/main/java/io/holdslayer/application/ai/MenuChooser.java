package io.holdslayer.application.ai;

/** Chooses the next step at a menu for the user's intent. */
public interface MenuChooser {

    boolean configured();

    IvrAction choose(MenuContext context) throws AiUnavailableException;
}
