package io.holdslayer.web.security;

import io.holdslayer.application.security.ApiRole;
import io.holdslayer.application.security.ApiToken;
import io.holdslayer.web.rest.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}: the operator's token for anything, a
 * viewer token ({@code holdslayer.api.viewer-tokens}) for GET and HEAD only (403 otherwise). Browsers cannot set headers on a
 * WebSocket handshake, so {@code /ws/*} also accepts the token as the {@code access_token} query parameter
 * (RFC 6750 §2.3). {@code GET /api/health} is open so that load balancers can probe it.
 */
@WebFilter(urlPatterns = {"/api/*", "/ws/*", "/mcp", "/mcp/*"}, asyncSupported = true)
public class BearerTokenFilter extends HttpFilter {

    static final String OPEN_PATH = "/api/health";
    /** The {@link ApiRole} of the request's token, for resources that tell the client what it may do. */
    public static final String ROLE_ATTRIBUTE = "io.holdslayer.api.role";
    private static final String BEARER = "Bearer ";

    @Inject
    private ApiToken token;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(OPEN_PATH)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiRole> role = token.roleOf(presentedToken(request, path));
        if (role.isPresent() && role.get().mayUse(request.getMethod())) {
            request.setAttribute(ROLE_ATTRIBUTE, role.get());
            chain.doFilter(request, response);
            return;
        }
        if (role.isPresent()) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "This token may only read; " + request.getMethod() + " needs the operator's token.");
            return;
        }
        boolean presented = presentedToken(request, path) != null;
        response.setHeader("WWW-Authenticate", presented
                ? "Bearer realm=\"holdslayer\", error=\"invalid_token\""
                : "Bearer realm=\"holdslayer\"");
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", presented
                ? "The bearer token is not valid for this gateway."
                : "Send the API token as 'Authorization: Bearer <token>'. It is HOLDSLAYER_API_TOKEN, or the "
                + "api-token file in the gateway's data directory.");
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.json(status, title, detail));
    }

    private static String presentedToken(HttpServletRequest request, String path) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).trim();
        }
        return path.startsWith("/ws/") ? request.getParameter("access_token") : null;
    }
}
