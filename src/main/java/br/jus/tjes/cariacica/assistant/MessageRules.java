package br.jus.tjes.cariacica.assistant;

/**
 * A message is 1 to 1,000 characters after trimming, with no control character but the
 * newline; a rating comment is at most 500. Neither may hold a lone surrogate: PostgreSQL
 * would store a '?' instead, not what was sent.
 */
final class MessageRules {

    public static final int MAX_LENGTH = 1000;

    public static final int MAX_COMMENT_LENGTH = 500;

    private MessageRules() {
    }

    /**
     * The message trimmed, with CRLF as LF (browsers send form newlines as CRLF); or why
     * it is refused.
     */
    static String normalise(String raw) {
        if (raw == null) {
            throw new InvalidMessageException("assistente.erro.mensagem-vazia");
        }
        String text = raw.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw new InvalidMessageException("assistente.erro.mensagem-vazia");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidMessageException("assistente.erro.mensagem-longa");
        }
        if (!isPlainText(text)) {
            throw new InvalidMessageException("assistente.erro.mensagem-controle");
        }
        return text;
    }

    /** A rating comment trimmed and masked (null when blank), or why it is refused. */
    static String comment(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.replace("\r\n", "\n").strip();
        if (!isPlainText(text)) {
            throw new InvalidMessageException("assistente.erro.comentario-controle");
        }
        // Masking can lengthen the text ("a@b.co" becomes "[e-mail removido]"): the
        // stored text must fit.
        String masked = Redactor.redact(text);
        if (masked.codePointCount(0, masked.length()) > MAX_COMMENT_LENGTH) {
            throw new InvalidMessageException("assistente.erro.comentario-longo");
        }
        return masked;
    }

    private static boolean isPlainText(String text) {
        return text.codePoints()
            .noneMatch((c) -> c != '\n'
                    && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE));
    }

}
