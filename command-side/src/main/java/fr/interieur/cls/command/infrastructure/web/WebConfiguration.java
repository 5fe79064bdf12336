package fr.interieur.cls.command.infrastructure.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets endpoints take a {@link CommandContext}. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final CommandContextResolver commandContextResolver;

    public WebConfiguration(CommandContextResolver commandContextResolver) {
        this.commandContextResolver = commandContextResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(commandContextResolver);
    }
}
