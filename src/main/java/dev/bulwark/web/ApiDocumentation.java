package dev.bulwark.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what the API is and how to authenticate.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI bulwarkOpenApi(@Value("${bulwark.version:0.1.0}") String version) {
		return new OpenAPI()
			.info(new Info().title("Bulwark API")
				.version(version)
				.description("JSON API of a Bulwark installation. Every call acts for one practice, as the person who "
						+ "created the personal API token, with that person's current role. Create a token on your "
						+ "account page or with `java -jar bulwark.jar token create`."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("bwk_...")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
