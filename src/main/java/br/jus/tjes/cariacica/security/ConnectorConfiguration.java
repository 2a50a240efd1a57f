package br.jus.tjes.cariacica.security;

import br.jus.tjes.cariacica.web.ErrorReplies;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

    /**
     * Answers "100 Continue" only when the application starts reading the body, so a
     * client announcing an oversized upload gets its 413 without sending the bytes first.
     */
    @Bean
    TomcatConnectorCustomizer continueOnlyWhenTheBodyIsRead() {
        return (connector) -> connector.setProperty("continueResponseTiming", "onRead");
    }

    /**
     * Socket buffers of 4 KB instead of Tomcat's 8 KB. Every open connection keeps a read
     * and a write buffer, and its request-header buffer is the header limit plus the read
     * buffer: with 1,500 citizens waiting on the assistant the defaults held 36 MB of the
     * 512 MB heap (docs/PERFORMANCE.md). A request line and its headers fit in 4 KB, and
     * a body larger than the write buffer bypasses it.
     */
    @Bean
    TomcatConnectorCustomizer smallerSocketBuffers() {
        return (connector) -> {
            connector.setProperty("socket.appReadBufSize", "4096");
            connector.setProperty("socket.appWriteBufSize", "4096");
        };
    }

    /**
     * The HTTP/1.1 protocol with a smaller response buffer per request processor
     * ({@link CompactHttp11NioProtocol}).
     * @return the customizer
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> compactResponseBuffers() {
        return (factory) -> factory.setProtocol(CompactHttp11NioProtocol.class.getName());
    }

    /**
     * Tomcat's own error page (English, for requests it refuses before any filter runs)
     * replaced by {@link ContainerErrorReport}. Last of the customizers, so the report
     * valve Spring Boot adds is already there to be replaced.
     */
    @Bean
    PortugueseContainerErrors portugueseContainerErrors(ErrorReplies replies) {
        return new PortugueseContainerErrors(replies);
    }

    record PortugueseContainerErrors(
            ErrorReplies replies) implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers((context) -> {
                var host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
                host.getPipeline().addValve(new ContainerErrorReport(this.replies));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

}
