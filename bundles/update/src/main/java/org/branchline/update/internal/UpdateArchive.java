package org.branchline.update.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.branchline.api.admin.InvalidFieldException;
import org.osgi.framework.Version;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An update as uploaded: a Karaf archive (a zip whose {@code repository/} folder holds a features repository
 * and its bundles in Maven layout) or a bare features repository whose bundles Maven already reaches.
 */
final class UpdateArchive {
    private static final String FIELD = "archive";
    private static final String REPOSITORY = "repository/";
    private final byte[] bytes;
    private final boolean kar;
    private final Map<String, Version> features = new LinkedHashMap<>();
    private final List<String> featureRepositories = new ArrayList<>();

    private UpdateArchive(byte[] bytes, boolean kar) {
        this.bytes = bytes;
        this.kar = kar;
    }

    static UpdateArchive read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidFieldException(FIELD, "is empty");
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
        UpdateArchive archive = new UpdateArchive(bytes, zip);
        if (zip) {
            archive.scanKar();
        } else if (new String(bytes, StandardCharsets.UTF_8).contains("<features")) {
            archive.readFeatures(bytes, null);
        } else {
            throw new InvalidFieldException(FIELD, "is neither a Karaf archive (KAR) nor a features repository");
        }
        if (archive.features.isEmpty()) {
            throw new InvalidFieldException(FIELD, "names no feature");
        }
        return archive;
    }

    /** Feature name to version, as the archive's repositories declare them. */
    Map<String, Version> features() {
        return features;
    }

    /**
     * Puts the archive's repository into {@code system} (Karaf's own Maven repository) and answers the URIs of
     * its features repositories; a bare features repository is kept as {@code file} instead.
     */
    List<Path> install(Path system, Path file) throws IOException {
        if (!kar) {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return List.of(file);
        }
        List<Path> repositories = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory() || !e.getName().startsWith(REPOSITORY)) {
                    continue;
                }
                Path target = system.resolve(e.getName().substring(REPOSITORY.length())).normalize();
                if (!target.startsWith(system)) {
                    throw new InvalidFieldException(FIELD, "entry " + e.getName() + " points outside the repository");
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (featureRepositories.contains(e.getName())) {
                    repositories.add(target);
                }
            }
        }
        return repositories;
    }

    private void scanKar() {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory() && e.getName().startsWith(REPOSITORY) && e.getName().endsWith(".xml")) {
                    byte[] xml = zip.readAllBytes();
                    if (new String(xml, StandardCharsets.UTF_8).contains("<features")) {
                        readFeatures(xml, e.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new InvalidFieldException(FIELD, "is a damaged zip file: " + e.getMessage());
        }
        if (featureRepositories.isEmpty()) {
            throw new InvalidFieldException(FIELD, "is a zip file without a features repository under repository/");
        }
    }

    private void readFeatures(byte[] xml, String entry) {
        NodeList list = parse(xml).getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < list.getLength(); i++) {
            Element f = (Element) list.item(i);
            if (f.hasAttribute("name") && f.getParentNode() == f.getOwnerDocument().getDocumentElement()) {
                features.put(f.getAttribute("name"), version(f.getAttribute("version")));
            }
        }
        if (entry != null) {
            featureRepositories.add(entry);
        }
    }

    private static Element parse(byte[] xml) {
        try (InputStream in = new ByteArrayInputStream(xml)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            throw new InvalidFieldException(FIELD, "holds a features repository that is not valid XML: " + e.getMessage());
        }
    }

    private static Version version(String text) {
        try {
            return Version.parseVersion(text.isBlank() ? "0.0.0" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(FIELD, "names a feature version \"" + text + "\" that is not a version");
        }
    }
}
