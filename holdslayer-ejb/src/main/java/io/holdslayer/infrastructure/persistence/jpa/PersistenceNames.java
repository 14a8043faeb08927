package io.holdslayer.infrastructure.persistence.jpa;

/** Names shared by persistence.xml, the CLI scripts and the code. */
public final class PersistenceNames {

    /** The datasource the CLI scripts create, H2 by default or PostgreSQL; also in persistence.xml. */
    public static final String DATASOURCE = "java:jboss/datasources/HoldSlayerDS";
    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String UNIT = "holdslayer";

    private PersistenceNames() {
    }
}
