package br.jus.tjes.cariacica.assistant.chat;

/** A message is 1 to 1,000 characters after trimming, with no control character but the newline. */
public final class MessageRules {

    public static final int MAX_LENGTH = 1000;

    private MessageRules() {
    }

    /** The message trimmed, with CRLF as LF (browsers send form newlines as CRLF); or why it is refused. */
    public static String normalise(String raw) {
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
        if (text.codePoints().anyMatch(c -> c != '\n' && Character.getType(c) == Character.CONTROL)) {
            throw new InvalidMessageException("assistente.erro.mensagem-controle");
        }
        return text;
    }
}
