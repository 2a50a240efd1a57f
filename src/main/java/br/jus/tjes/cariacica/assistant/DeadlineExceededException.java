package br.jus.tjes.cariacica.assistant;

/** The citizen's time budget is spent: no further attempt is made. */
class DeadlineExceededException extends RuntimeException {

    DeadlineExceededException() {
        super("The time budget for this answer is spent", null, false, false);
    }

}
