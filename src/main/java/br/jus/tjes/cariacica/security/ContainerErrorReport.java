package br.jus.tjes.cariacica.security;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import br.jus.tjes.cariacica.web.ErrorReplies;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to what Tomcat refuses before the application sees it (an encoded slash or
 * invalid percent-encoding in the path, a request head that is too large): the Portuguese
 * message instead of Tomcat's English page, and {@code application/problem+json} under
 * {@code /api/}, like every other refusal of the API. The problem and its words come from
 * {@link ErrorReplies}, as the application's own errors do. Only what never reaches
 * Spring is answered here: once the error page has written a body, this valve says
 * nothing.
 */
class ContainerErrorReport extends ErrorReportValve {

    private final ErrorReplies replies;

    ContainerErrorReport(ErrorReplies replies) {
        this.replies = replies;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        int code = (status >= 500) ? 500 : (status == 404 || status == 413 || status == 405) ? status : 400;
        ProblemDetail problem = this.replies.problem(HttpStatusCode.valueOf(status), ErrorReplies.titleCode(code),
                ErrorReplies.detailCode(code), null);
        String uri = request.getRequestURI();
        try {
            response.setCharacterEncoding("UTF-8");
            String body;
            if (uri != null && uri.startsWith("/api/")) {
                response.setContentType("application/problem+json");
                body = ErrorReplies.json(problem);
            }
            else {
                String title = HtmlUtils.htmlEscape(String.valueOf(problem.getTitle()));
                response.setContentType("text/html");
                body = "<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\"><title>" + title
                        + "</title></head><body><main><h1>" + title + "</h1><p>"
                        + HtmlUtils.htmlEscape(String.valueOf(problem.getDetail()))
                        + "</p><p><a href=\"/\">Início</a></p></main></body></html>";
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException ex) {
            // The client is gone or the response cannot take a body: nothing more to say.
        }
    }

}
