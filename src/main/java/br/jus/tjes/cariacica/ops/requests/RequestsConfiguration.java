package br.jus.tjes.cariacica.ops.requests;

import java.time.Clock;

import br.jus.tjes.cariacica.ops.OpsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

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
