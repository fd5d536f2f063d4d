package dev.bulwark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class BulwarkApplication {

	public static void main(String[] args) {
		SpringApplication.run(BulwarkApplication.class, args);
	}

}
