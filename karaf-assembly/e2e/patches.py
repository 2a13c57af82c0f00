"""Builds update archives the way the vendor would: a Karaf archive (KAR) whose repository/ folder holds a
features repository and the bundles it names, in Maven layout.

The patch of the tests re-versions a bundle of the distribution (its manifest's Bundle-Version) and declares the
feature that holds it again at the new version, with the same dependencies, so that Karaf replaces the installed
feature in place."""
import io
import os
import re
import zipfile
import xml.etree.ElementTree as ET

NS = "http://karaf.apache.org/xmlns/features/v1.6.0"
GROUP = "org.branchline"


def distribution_features(home):
    """The text of the distribution's Branchline features repository (under system/)."""
    folder = os.path.join(home, "system", "org", "branchline", "branchline-features")
    version = sorted(os.listdir(folder))[-1]
    name = "branchline-features-%s-features.xml" % version
    with open(os.path.join(folder, version, name), encoding="utf-8") as f:
        return f.read()


def bundle_jar(home, artifact):
    folder = os.path.join(home, "system", "org", "branchline", artifact)
    version = sorted(os.listdir(folder))[-1]
    with open(os.path.join(folder, version, "%s-%s.jar" % (artifact, version)), "rb") as f:
        return f.read()


def reversion_jar(jar, version):
    """The jar with its manifest's Bundle-Version set to version (everything else unchanged)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(jar)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "META-INF/MANIFEST.MF":
                text, n = re.subn(r"(?m)^Bundle-Version: [^\r\n]*", "Bundle-Version: " + version,
                                  data.decode("utf-8"))
                if n != 1:
                    raise ValueError("no Bundle-Version line in the manifest")
                data = text.encode("utf-8")
            dst.writestr(item, data)
    return out.getvalue()


def feature_patch(home, feature, artifact, version):
    """A KAR updating `feature` to `version`, its bundle `artifact` re-versioned to `version`."""
    ET.register_namespace("", NS)
    root = ET.fromstring(distribution_features(home))
    source = next(f for f in root.findall("{%s}feature" % NS) if f.get("name") == feature)
    source.set("version", version)
    for b in source.findall("{%s}bundle" % NS):
        if b.text.strip().startswith("mvn:%s/%s/" % (GROUP, artifact)):
            b.text = "mvn:%s/%s/%s" % (GROUP, artifact, version)
    patch = ET.Element("{%s}features" % NS, {"name": "branchline-patch-%s" % version})
    patch.append(source)
    features_xml = ET.tostring(patch, encoding="unicode", xml_declaration=True)
    jar = reversion_jar(bundle_jar(home, artifact), version)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as kar:
        kar.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nKaraf-Feature-Start: false\r\n\r\n")
        kar.writestr("repository/org/branchline/branchline-patch/%s/branchline-patch-%s-features.xml"
                     % (version, version), features_xml)
        kar.writestr("repository/org/branchline/%s/%s/%s-%s.jar" % (artifact, version, artifact, version), jar)
    return out.getvalue()
