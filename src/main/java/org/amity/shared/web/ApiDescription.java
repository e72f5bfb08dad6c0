package org.amity.shared.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description at {@code /v3/api-docs} says of the API as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Amity API", version = "v1",
		description = "The public registry of city partnerships: places with their names in many languages, "
				+ "partnerships with their agreements and history, and the imports that built them. Errors are "
				+ "RFC 9457 problem details in the language asked for with Accept-Language (en, ko, ja, id).",
		license = @License(name = "Data: twin-city pairs under the MIT licence (Hekman/twincities); "
				+ "Tokyo's list from the Tokyo Metropolitan Government")))
class ApiDescription {
}
