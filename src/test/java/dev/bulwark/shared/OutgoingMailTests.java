package dev.bulwark.shared;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail is used only when configured for this run, whatever beans exist: the server's
 * build-time bean definitions (ADR 0031) always include an SMTP sender.
 */
class OutgoingMailTests {

	private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

	@Test
	void aSenderBeanWithoutAHostIsNotUsed() {
		OutgoingMail mail = mail(new MockEnvironment(), true);
		assertThat(mail.sender()).isEmpty();
		assertThat(mail.configured()).isFalse();
		assertThat(mail(new MockEnvironment().withProperty("spring.mail.host", " "), true).configured()).isFalse();
	}

	@Test
	void aConfiguredHostUsesTheSender() {
		OutgoingMail mail = mail(new MockEnvironment().withProperty("spring.mail.host", "smtp.example"), true);
		assertThat(mail.sender()).containsSame(this.sender);
		assertThat(mail.configured()).isTrue();
		assertThat(mail(new MockEnvironment().withProperty("spring.mail.jndi-name", "mail/Session"), true).configured())
			.isTrue();
	}

	@Test
	void aHostWithoutASenderBeanSendsNothing() {
		assertThat(mail(new MockEnvironment().withProperty("spring.mail.host", "smtp.example"), false).sender())
			.isEmpty();
	}

	private OutgoingMail mail(MockEnvironment environment, boolean withBean) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (withBean) {
			beans.addBean("mailSender", this.sender);
		}
		return new OutgoingMail(beans.getBeanProvider(JavaMailSender.class), environment);
	}

}
