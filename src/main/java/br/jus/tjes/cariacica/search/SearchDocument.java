package br.jus.tjes.cariacica.search;

/**
 * What a content module gives the index for one readable item.
 *
 * @param kind the family of documents, one of {@link #PAGE}, {@link #SERVICE},
 * {@link #FAQ}, {@link #NOTICE}
 * @param key unique within the kind (a slug or an id)
 * @param title the title, weighted above the body
 * @param body plain text (no HTML, no Markdown markup)
 * @param url the site path where it is read, for example {@code /servicos/certidoes}
 */
public record SearchDocument(String kind, String key, String title, String body, String url) {

    public static final String PAGE = "pagina";

    public static final String SERVICE = "servico";

    public static final String FAQ = "faq";

    public static final String NOTICE = "aviso";

}
