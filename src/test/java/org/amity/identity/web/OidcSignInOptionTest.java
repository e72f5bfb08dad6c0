package org.amity.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.amity.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.ui.ExtendedModelMap;

/** The sign-in page offers a city's OpenID Connect provider exactly when one is configured. */
class OidcSignInOptionTest {

	@Test
	void a_configured_provider_is_offered_by_its_name_and_none_is_offered_otherwise() {
		var seoul = ClientRegistration.withRegistrationId("seoul")
			.clientId("amity")
			.clientName("Seoul City Hall")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://login.seoul.example/auth")
			.tokenUri("https://login.seoul.example/token")
			.scope("openid")
			.build();
		var withProvider = new DefaultListableBeanFactory();
		withProvider.registerSingleton("registrations", new InMemoryClientRegistrationRepository(seoul));
		var model = new ExtendedModelMap();
		new SignInController(withProvider.getBeanProvider(ClientRegistrationRepository.class), new CurrentUser(), false)
			.signIn(null, new MockHttpServletRequest(), model);
		assertThat(model.get("providers")).isEqualTo(
				List.of(new SignInController.Provider("Seoul City Hall", "/oauth2/authorization/seoul")));

		var without = new ExtendedModelMap();
		new SignInController(new DefaultListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class),
				new CurrentUser(), false).signIn(null, new MockHttpServletRequest(), without);
		assertThat((List<?>) without.get("providers")).isEmpty();
	}
}
