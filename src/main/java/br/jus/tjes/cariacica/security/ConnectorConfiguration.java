package br.jus.tjes.cariacica.security;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

    /**
     * Answers "100 Continue" only when the application starts reading the body, so a client announcing an
     * oversized upload gets its 413 without sending the bytes first.
     */
    @Bean
    TomcatConnectorCustomizer continueOnlyWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
