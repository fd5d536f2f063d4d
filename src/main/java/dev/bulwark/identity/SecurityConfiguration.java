package dev.bulwark.identity;

import java.time.Clock;
import dev.bulwark.shared.Permitted;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Who may call what, and how people prove who they are.
 * <p>
 * Two filter chains: {@code /api/**} takes only personal API tokens (stateless, no
 * cookies, so no CSRF); everything else is the browser application (where a token opens
 * only the OpenAPI document at {@code /v3/api-docs}) with form sign-in, a mandatory
 * second factor, CSRF protection, strict headers and database-backed sessions. Every
 * authorization rule, in both chains and in {@code @PreAuthorize}, additionally requires
 * "password and (authenticator code or passkey or recovery code)", or an API token. See
 * docs/adr/0003-mfa.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableMultiFactorAuthentication(authorities = {})
@EnableConfigurationProperties({ IdentityProperties.class, SessionProperties.class })
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Lets {@link Permitted} name its permission as a template
	 * ({@code hasAuthority('PERM_{value}')}).
	 */
	@Bean
	static org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults permissionTemplates() {
		return new org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults();
	}

	/** Only {@code @PreAuthorize} of method security is used (see the class). */
	@Bean
	static UnusedMethodSecurity unusedMethodSecurity() {
		return new UnusedMethodSecurity();
	}

	@Bean
	DefaultAuthorizationManagerFactory<Object> authorizationManagerFactory() {
		DefaultAuthorizationManagerFactory<Object> factory = new DefaultAuthorizationManagerFactory<>();
		factory.setAdditionalAuthorization(AllRequiredFactorsAuthorizationManager.anyOf(
				factors(Factors.PASSWORD, Factors.TOTP), factors(Factors.PASSWORD, Factors.PASSKEY),
				factors(Factors.PASSWORD, Factors.RECOVERY_CODE), factors(Factors.API_TOKEN)));
		return factory;
	}

	private static AllRequiredFactorsAuthorizationManager<Object> factors(String... authorities) {
		AllRequiredFactorsAuthorizationManager.Builder<Object> builder = AllRequiredFactorsAuthorizationManager
			.builder();
		for (String authority : authorities) {
			builder.requireFactor((factor) -> factor.authority(authority));
		}
		return builder.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, Clock clock) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, exception) -> problem(response,
				HttpStatus.UNAUTHORIZED, "A valid personal API token is required (Authorization: Bearer ...).");
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenAuthenticationFilter(tokens, clock, AnyRequestMatcher.INSTANCE),
					BasicAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			// Bearer tokens are never sent automatically by a browser, so cross-site
			// request forgery does not apply.
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
						"Your role does not allow this.")));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, SignInHandlers handlers, UserAccountRepository users,
			SecondFactors secondFactors, ActorLookup actors, SessionProperties sessions, Clock clock,
			WebAuthnRelyingPartyOperations relyingParty, RelyingPartySettings relyingPartySettings, ApiTokens tokens)
			throws Exception {
		// The OpenAPI document is read by people (signed in) and by scripts generating
		// clients (with a personal API token); a bad token gets 401, not the sign-in
		// page.
		RequestMatcher apiDocs = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/v3/api-docs"),
				PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"),
				PathPatternRequestMatcher.pathPattern("/v3/api-docs.yaml"));
		RequestMatcher bearer = (request) -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
		};
		AuthenticationEntryPoint toLogin = DelegatingAuthenticationEntryPoint.builder()
			.addEntryPointFor(
					(request, response, exception) -> problem(response, HttpStatus.UNAUTHORIZED,
							"A valid personal API token is required (Authorization: Bearer ...)."),
					new AndRequestMatcher(apiDocs, bearer))
			.defaultEntryPoint(new HtmxAwareEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.build();
		AuthenticationEntryPoint toSecondFactor = new HtmxAwareEntryPoint(new LoginUrlAuthenticationEntryPoint("/mfa"));
		ChangeSessionIdAuthenticationStrategy rotateSessionId = new ChangeSessionIdAuthenticationStrategy();
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers("/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
					"/error", "/actuator/health")
			.permitAll()
			.requestMatchers("/login", "/setup", "/invite/**")
			.permitAll()
			// Private calendar feeds: the secret in the address is the credential
			// (calendar/CalendarFeed); calendar applications cannot sign in.
			.requestMatchers(HttpMethod.GET, "/calendar/feed/**")
			.permitAll()
			// The second-factor pages need the password only; requiring the full rule
			// here would loop.
			.requestMatchers("/mfa", "/mfa/**")
			.access(AuthorityAuthorizationManager.hasAuthority(Factors.PASSWORD))
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(handlers.passwordSuccess())
				.failureHandler(handlers.passwordFailure()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.webAuthn((webauthn) -> webauthn.rpName(relyingPartySettings.name())
				.rpId(relyingPartySettings.id())
				.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						// Spring Security 7.1 does not rotate the session id after a
						// passkey; do it here.
						filter.setSessionAuthenticationStrategy(rotateSessionId);
						filter.setMfaEnabled(true);
						// Passkey sign-ins and failures go to the audit trail like codes.
						filter.setAuthenticationSuccessHandler(handlers.passkeySuccess());
						filter.setAuthenticationFailureHandler(handlers.passkeyFailure());
						return filter;
					}
				}))
			.with(new SecondFactorConfigurer(new SecondFactorAuthenticationProvider(users, secondFactors, clock),
					handlers.secondFactorSuccess(), handlers.secondFactorFailure()), (configurer) -> {
					})
			.addFilterBefore(new BearerTokenAuthenticationFilter(tokens, clock, apiDocs),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new PracticeContextFilter(actors, sessions, clock), AuthorizationFilter.class)
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				.invalidSessionUrl("/login?timeout"))
			.exceptionHandling((exceptions) -> {
				exceptions.authenticationEntryPoint(toLogin);
				for (String factor : new String[] { Factors.TOTP, Factors.PASSKEY, Factors.RECOVERY_CODE }) {
					exceptions.defaultDeniedHandlerForMissingAuthority(
							(entryPoints) -> entryPoints.addEntryPointFor(toSecondFactor, AnyRequestMatcher.INSTANCE),
							factor);
				}
				exceptions.defaultDeniedHandlerForMissingAuthority(
						(entryPoints) -> entryPoints.addEntryPointFor(toLogin, AnyRequestMatcher.INSTANCE),
						Factors.PASSWORD);
			});
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail)
			throws java.io.IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}

	/**
	 * The session cookie, declared explicitly so every deployment (embedded server,
	 * tests, war) gets the same safe attributes: HttpOnly, SameSite=Lax, and Secure
	 * whenever the request came over TLS.
	 */
	@Bean
	DefaultCookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("BULWARK_SESSION");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setCookiePath("/");
		return cookie;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id with Spring Security's current defaults; prefixed so the parameters
		// can be raised later.
		return new DelegatingPasswordEncoder("argon2",
				java.util.Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	@Bean
	AccountUserDetailsService userDetailsService(UserAccountRepository users, Clock clock) {
		return new AccountUserDetailsService(users, clock);
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc,
			PublicKeyCredentialUserEntityRepository passkeyUsers, UserAccountRepository users, IdentityAudit audit) {
		return new AuditedPasskeys(new JdbcUserCredentialRepository(jdbc), passkeyUsers, users, audit);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingPartyOperations(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, RelyingPartySettings settings) {
		return new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(settings.id()).name(settings.name()).build(),
				settings.origins());
	}

	@Bean
	RelyingPartySettings relyingPartySettings(IdentityProperties properties) {
		return RelyingPartySettings.from(properties.publicUrl(), ConcurrentHashMap.newKeySet());
	}

}
