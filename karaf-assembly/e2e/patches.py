"""Builds update archives the way the vendor would: a Karaf archive (KAR) whose repository/ folder holds a
features repository and the bundles it names, in Maven layout.

The patches of the tests re-version a bundle of the distribution (its manifest's Bundle-Version) and declare the
feature that holds it again at the new version, with the same dependencies, so that Karaf replaces the installed
feature in place. An API patch also adds a method to an interface of the package the bundle exports: the
interface's source from this checkout, with the method added, compiled by javac against the distribution's
bundles, and the package exported at the next minor version."""
import glob
import io
import os
import re
import subprocess
import tempfile
import zipfile
import xml.etree.ElementTree as ET

CHECKOUT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

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


def reversion_jar(jar, version, classes=None, package_version=None):
    """The jar with its manifest's Bundle-Version set to version; classes ({entry name: bytes}) replace or add
    entries, and package_version (package, version) sets the version that Export-Package gives the package."""
    classes = classes or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(jar)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = classes.pop(item.filename, None) or src.read(item.filename)
            if item.filename == "META-INF/MANIFEST.MF":
                data = _manifest(data.decode("utf-8"), version, package_version).encode("utf-8")
            dst.writestr(item, data)
        for name, data in classes.items():
            dst.writestr(name, data)
    return out.getvalue()


def _manifest(text, version, package_version):
    headers = re.sub(r"\r?\n ", "", text).splitlines()
    out, versioned = [], False
    for line in headers:
        if line.startswith("Bundle-Version: "):
            line, versioned = "Bundle-Version: " + version, True
        elif package_version and line.startswith("Export-Package: "):
            package, to = package_version
            line, n = re.subn(r'(%s;(?:[^,"]|"[^"]*")*?version=")[^"]*"' % re.escape(package), r'\g<1>%s"' % to,
                              line)
            if n != 1:
                raise ValueError("Export-Package names no version of %s: %s" % (package, line))
        out.append(line)
    if not versioned:
        raise ValueError("no Bundle-Version line in the manifest")
    return "".join(_wrapped(line) for line in out)


def _wrapped(line):
    """A manifest line folded at 72 bytes, continuation lines starting with a space."""
    if not line:
        return "\r\n"
    data, chunks, limit = line.encode("utf-8"), [], 72
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(data[:cut])
        data, limit = b" " + data[cut:], 72
    chunks.append(data)
    return "".join(c.decode("utf-8") + "\r\n" for c in chunks)


def interface_with_method(home, source, method):
    """{class entry: bytes} of the interface in `source` (a path in this checkout) with `method` (Java source)
    added, compiled by javac against every bundle of the distribution."""
    with open(os.path.join(CHECKOUT, source), encoding="utf-8") as f:
        text = f.read()
    end = text.rindex("}")
    text = text[:end] + "\n" + method + "\n}\n"
    package = re.search(r"(?m)^package ([\w.]+);", text).group(1)
    name = os.path.basename(source)
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "src", *package.split("."))
        os.makedirs(folder)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
        classpath = os.pathsep.join(glob.glob(os.path.join(home, "system", "**", "*.jar"), recursive=True))
        r = subprocess.run(["javac", "--release", "17", "-nowarn", "-d", os.path.join(work, "classes"),
                            "-cp", classpath, os.path.join(folder, name)], capture_output=True, text=True)
        if r.returncode != 0:
            raise AssertionError("javac failed on the patched %s:\n%s" % (source, r.stderr))
        entry = package.replace(".", "/") + "/" + name[:-len(".java")] + ".class"
        with open(os.path.join(work, "classes", entry), "rb") as f:
            return {entry: f.read()}


def feature_patch(home, feature, artifact, version, jar=None):
    """A KAR updating `feature` to `version`, its bundle `artifact` re-versioned to `version` (or `jar`)."""
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
    jar = jar or reversion_jar(bundle_jar(home, artifact), version)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as kar:
        kar.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nKaraf-Feature-Start: false\r\n\r\n")
        kar.writestr("repository/org/branchline/branchline-patch/%s/branchline-patch-%s-features.xml"
                     % (version, version), features_xml)
        kar.writestr("repository/org/branchline/%s/%s/%s-%s.jar" % (artifact, version, artifact, version), jar)
    return out.getvalue()


def api_patch(home, feature, artifact, version, source, method, package_version):
    """A KAR like feature_patch's whose bundle also has `method` added to the interface in `source` and exports
    its package at package_version."""
    package = re.sub(r"^.*?src/main/java/", "", os.path.dirname(source)).replace("/", ".")
    jar = reversion_jar(bundle_jar(home, artifact), version, interface_with_method(home, source, method),
                        (package, package_version))
    return feature_patch(home, feature, artifact, version, jar)
