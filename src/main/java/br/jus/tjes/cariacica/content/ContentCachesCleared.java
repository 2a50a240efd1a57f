package br.jus.tjes.cariacica.content;

/**
 * Published on an instance right after its content caches were cleared: after an edit on
 * this instance, or when it saw another instance's edit through the shared content
 * revision. Caches of whole pages built from the content listen to it, so they are never
 * fresher than the content caches and never staler.
 *
 * @param what a short description of the cause (for logs)
 */
public record ContentCachesCleared(String what) {
}
