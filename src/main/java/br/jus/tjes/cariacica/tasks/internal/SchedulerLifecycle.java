package br.jus.tjes.cariacica.tasks.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Starts this instance's scheduler after every bean is ready (last phase) and stops it
 * first on shutdown, before the web server and the DataSource: running tasks finish (or
 * are interrupted after the wait) while the database is still there. A stopped
 * db-scheduler cannot start again, so each start builds a new one.
 */
class SchedulerLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLifecycle.class);

    private final TaskEngine engine;

    private final boolean enabled;

    private Scheduler scheduler;

    private volatile boolean running;

    SchedulerLifecycle(TaskEngine engine, boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    public synchronized void start() {
        if (this.enabled) {
            this.scheduler = this.engine.newScheduler(this.engine.instanceName());
            this.engine.wakeUp(this.scheduler);
            this.scheduler.start();
        }
        else {
            log.info(
                    "Background tasks are not run on this instance (court.tasks.enabled=false); enqueueing still works");
        }
        this.running = true;
    }

    @Override
    public synchronized void stop() {
        if (this.scheduler != null) {
            this.engine.wakeUp(null);
            this.scheduler.stop();
            this.scheduler = null;
        }
        this.running = false;
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }

}
