package io.holdslayer.application.ai;

/** Picks the next step in a phone menu that no known call flow covers. */
public interface MenuChooser {

    boolean configured();

    IvrAction choose(MenuContext context) throws AiUnavailableException;
}
