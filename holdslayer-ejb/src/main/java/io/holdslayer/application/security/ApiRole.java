package io.holdslayer.application.security;

/** What a bearer token allows. */
public enum ApiRole {
    /** Everything: place and end calls, manage devices and call flows. */
    OPERATOR,
    /** Reading only: GET requests and the event stream. */
    VIEWER;

    /** Whether this role may make a request with the given HTTP method. */
    public boolean mayUse(String httpMethod) {
        return this == OPERATOR || httpMethod.equals("GET") || httpMethod.equals("HEAD");
    }
}
