package org.amity.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The relay runs when a mail server is configured ({@code spring.mail.host}); without one, mail stays in the outbox
 * for the outbox page.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

	@Bean
	@ConditionalOnProperty(name = "spring.mail.host")
	OutboxRelay outboxRelay(JdbcClient jdbc, JavaMailSender sender,
			@Value("${amity.mail.from:amity@localhost}") String from) {
		return new OutboxRelay(jdbc, sender, from);
	}
}
