package org.luoshi;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application behind {@code luoshi serve}, {@code import} and {@code export}. */
@SpringBootApplication
public class LuoshiApplication {}
