package br.jus.tjes.cariacica.tasks;

/** A handler made of a lambda, for tests. */
public record TestHandler(String type, int maxAttempts, Body body) implements TaskHandler {

    public static TestHandler of(String type, Body body) {
        return new TestHandler(type, 5, body);
    }

    @Override
    public void run(TaskContext context) throws Exception {
        this.body.run(context);
    }

    public interface Body {

        void run(TaskContext context) throws Exception;

    }
}
