package dev.robson.server.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Requests Tomcat refuses before any servlet sees them (an encoded slash, an illegal
 * character in the path) would get Tomcat's HTML error page, naming the server. They get the
 * same problem+json as every other error instead.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String code = status >= 500 ? "internal_error" : "bad_request";
        String detail = status >= 500 ? "The server could not complete the request." : "The request is malformed.";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"https://robson.dev/problems/" + code.replace('_', '-') + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone or the response is committed: nothing more can be said.
        }
    }
}
