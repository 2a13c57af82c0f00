package org.branchline.licensing.internal.model;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.ServerModel;

/**
 * Admin guide §1.3 table 1 as data ({@code etc/branchline-models.properties}): for each model listed in
 * {@code models}, {@code <model>.<capacity>} is the base, {@code <model>.<capacity>.maximum} what keys can
 * raise it to ("unlimited" for no bound), and {@code <model>.unavailable} the keys the model cannot take.
 */
public final class ModelTable {
    private final Map<String, ServerModel> models;

    private ModelTable(Map<String, ServerModel> models) {
        this.models = models;
    }

    public static ModelTable read(Reader in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Map<String, ServerModel> models = new LinkedHashMap<>();
        for (String name : list(p.getProperty("models", ""))) {
            models.put(name.toLowerCase(Locale.ROOT), model(p, name));
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("the model table lists no models");
        }
        return new ModelTable(models);
    }

    public Optional<ServerModel> model(String name) {
        return Optional.ofNullable(name == null ? null : models.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    public Set<String> names() {
        return models.keySet();
    }

    private static ServerModel model(Properties p, String name) {
        Map<Capacity, Integer> base = new EnumMap<>(Capacity.class);
        Map<Capacity, Integer> maximum = new EnumMap<>(Capacity.class);
        for (Capacity c : Capacity.values()) {
            String key = name + "." + c.name().toLowerCase(Locale.ROOT).replace('_', '-');
            int b = number(p, key, "0");
            base.put(c, b);
            maximum.put(c, Math.max(b, number(p, key + ".maximum", String.valueOf(b))));
        }
        Set<LicensedFeature> unavailable = EnumSet.noneOf(LicensedFeature.class);
        for (String f : list(p.getProperty(name + ".unavailable", ""))) {
            unavailable.add(LicensedFeature.parse(f).orElseThrow(() ->
                    new IllegalArgumentException(name + ".unavailable names an unknown feature " + f)));
        }
        return new ServerModel(name, base, maximum, unavailable);
    }

    private static int number(Properties p, String key, String fallback) {
        String v = p.getProperty(key, fallback).strip();
        if (v.equalsIgnoreCase("unlimited")) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = " + v + " is not a number");
        }
    }

    private static String[] list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
