package br.jus.tjes.cariacica.ops.requests;

import java.time.Clock;
import java.util.Map;

import br.jus.tjes.cariacica.ops.OpsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;

@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

    /**
     * A task handed to the application's executor (an asynchronous request's work among
     * them) logs with the request id of the thread that handed it over.
     */
    @Bean
    TaskDecorator requestIdTaskDecorator() {
        return (task) -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                Map<String, String> previous = MDC.getCopyOfContextMap();
                setContext(context);
                try {
                    task.run();
                }
                finally {
                    setContext(previous);
                }
            };
        };
    }

    private static void setContext(@Nullable Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        }
        else {
            MDC.setContextMap(context);
        }
    }

    @Bean
    RecentTraffic recentTraffic(Clock clock) {
        return new RecentTraffic(clock);
    }

    /**
     * Before every other filter (security and metrics included), so their log lines carry
     * the request id too. Its access lines are written asynchronously
     * ({@link AsyncAccessLog}).
     */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter(OpsProperties properties, MeterRegistry meters,
            RecentTraffic traffic) {
        AsyncAccessLog.install();
        var registration = new FilterRegistrationBean<>(
                new RequestIdFilter(properties.slowRequestThreshold(), meters, traffic));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

}
