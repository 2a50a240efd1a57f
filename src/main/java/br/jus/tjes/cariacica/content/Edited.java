package br.jus.tjes.cariacica.content;

/**
 * A stored item as an editor sees it: its id, the version an edit must name (optimistic
 * locking) and its content.
 */
public record Edited<D extends ContentDraft>(long id, long version, D draft) {
}
