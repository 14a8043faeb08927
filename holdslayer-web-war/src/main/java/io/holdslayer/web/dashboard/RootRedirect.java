package io.holdslayer.web.dashboard;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The gateway's root leads to the dashboard. */
@WebServlet(urlPatterns = "")
public class RootRedirect extends HttpServlet {

    static final String DASHBOARD = "dashboard/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/" + DASHBOARD);
    }
}
