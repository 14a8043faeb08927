package io.holdslayer.tests.media;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaConnection;
import io.holdslayer.api.media.MediaConnectionFactory;
import io.holdslayer.api.media.MediaConnectorNames;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.naming.InitialContext;
import java.io.IOException;

/**
 * Deployed by {@link MediaRedeployIT} beside the EAR for the duration of the test only: opens a media leg
 * through the connector's JNDI factory ({@code POST /media-probe/legs?call=..&role=COMPANY}) and answers with
 * the leg id and our SDP offer, so that the test can see which RTP port the leg holds.
 */
@WebServlet("/legs")
public class MediaProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            MediaConnectionFactory factory = InitialContext.doLookup(MediaConnectorNames.CONNECTION_FACTORY);
            try (MediaConnection media = factory.getConnection()) {
                String leg = media.openLeg(request.getParameter("call"), LegRole.valueOf(request.getParameter("role")));
                response.setContentType("text/plain");
                response.getWriter().print(leg + "\n" + media.createOffer(leg));
            }
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }
}
