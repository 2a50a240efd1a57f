package br.jus.tjes.cariacica.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

/**
 * The one source of the site's error answers: the {@link ProblemDetail} of a status or of
 * a refusal, with its Portuguese title and detail from {@code messages.properties}, for
 * the API's refusals, the error controller and the container's own error report alike.
 */
@Component
public final class ErrorReplies {

    /**
     * Statuses with a page (and messages) of their own; others fall back to 400 or 500.
     */
    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 429, 500, 503);

    private static final Locale PT_BR = Locale.of("pt", "BR");

    private final MessageSource messages;

    /**
     * Error answers worded by the site's messages.
     * @param messages the messages of {@code messages.properties}
     */
    public ErrorReplies(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The status whose messages word an error status: itself when it has its own, 400 or
     * 500 otherwise.
     * @param status the status of the response
     * @return the status to word it by
     */
    public static int wordedAs(int status) {
        if (KNOWN.contains(status)) {
            return status;
        }
        return (status >= 500) ? 500 : 400;
    }

    /**
     * The message code of the title of a status's error.
     * @param wordedAs a status with messages of its own (see {@link #wordedAs(int)})
     * @return the message code
     */
    public static String titleCode(int wordedAs) {
        return "erro." + wordedAs + ".titulo";
    }

    /**
     * The message code of the explanation of a status's error.
     * @param wordedAs a status with messages of its own (see {@link #wordedAs(int)})
     * @return the message code
     */
    public static String detailCode(int wordedAs) {
        return "erro." + wordedAs + ".texto";
    }

    /**
     * The problem of an error status, worded by the messages of its status (see
     * {@link #wordedAs(int)}).
     * @param status the status of the response
     * @param path the request's path, for {@code instance}; {@code null} for none
     * @return the problem
     */
    public ProblemDetail forStatus(HttpStatusCode status, @Nullable String path) {
        int code = wordedAs(status.value());
        return problem(status, titleCode(code), detailCode(code), path);
    }

    /**
     * A problem worded by two message codes.
     * @param status the status of the response
     * @param titleCode the message code of the title
     * @param detailCode the message code of the detail
     * @param path the request's path, for {@code instance}; {@code null} for none
     * @return the problem
     */
    public ProblemDetail problem(HttpStatusCode status, String titleCode, String detailCode, @Nullable String path) {
        var problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(detailCode, null, PT_BR));
        problem.setTitle(this.messages.getMessage(titleCode, null, PT_BR));
        if (path != null) {
            problem.setInstance(URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "")));
        }
        return problem;
    }

    /**
     * The answer to a refusal: its status and headers, and its problem worded by its
     * title and detail message codes.
     * @param refusal the refusal
     * @param path the request's path, for {@code instance}
     * @return the {@code application/problem+json} response
     */
    public ResponseEntity<ProblemDetail> reply(ErrorResponse refusal, String path) {
        var problem = problem(refusal.getStatusCode(), refusal.getTitleMessageCode(), refusal.getDetailMessageCode(),
                path);
        return ResponseEntity.status(refusal.getStatusCode())
            .headers(refusal.getHeaders())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

    /**
     * The problem as {@code application/problem+json}, for a response written where no
     * message converter runs (the container's error report).
     * @param problem the problem
     * @return its JSON
     */
    public static String json(ProblemDetail problem) {
        // No type means "about:blank" (RFC 9457), which the container's report always
        // wrote.
        String type = (problem.getType() != null) ? problem.getType().toString() : "about:blank";
        var json = new StringBuilder("{\"type\":\"").append(escaped(type)).append('"');
        if (problem.getTitle() != null) {
            json.append(",\"title\":\"").append(escaped(problem.getTitle())).append('"');
        }
        json.append(",\"status\":").append(problem.getStatus());
        if (problem.getDetail() != null) {
            json.append(",\"detail\":\"").append(escaped(problem.getDetail())).append('"');
        }
        if (problem.getInstance() != null) {
            json.append(",\"instance\":\"").append(escaped(problem.getInstance().toString())).append('"');
        }
        return json.append('}').toString();
    }

    private static String escaped(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            }
            else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
