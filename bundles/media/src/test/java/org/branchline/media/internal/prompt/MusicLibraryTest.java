package org.branchline.media.internal.prompt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MusicLibraryTest {
    private static final byte[] SALES = {1, 2, 3};
    private static final byte[] SERVICE = {4, 5};

    @TempDir
    Path directory;

    @Test
    void playsTheFileOfTheClass() throws IOException {
        Files.write(directory.resolve("moh_1_sales.snd"), SALES);
        Files.write(directory.resolve("moh_30_Service_2.snd"), SERVICE);
        MusicLibrary library = new MusicLibrary(directory);
        assertArrayEquals(SALES, library.music(1));
        assertArrayEquals(SERVICE, library.music(30));
    }

    @Test
    void ignoresFilesOutsideTheNamingRules() throws IOException {
        for (String name : new String[] {"moh_0_x.snd", "moh_31_x.snd", "moh_02_x.snd", "moh_2_bad-name.snd",
                "moh_2_.snd", "moh_2_x.wav", "moh_2.snd"}) {
            Files.write(directory.resolve(name), SALES);
        }
        MusicLibrary library = new MusicLibrary(directory);
        assertArrayEquals(supplied(), library.music(2));
        assertArrayEquals(supplied(), library.music(31));
    }

    @Test
    void classZeroAndMissingClassesPlayTheSuppliedMusic() throws IOException {
        Files.write(directory.resolve("moh_1_sales.snd"), SALES);
        MusicLibrary library = new MusicLibrary(directory);
        assertArrayEquals(supplied(), library.music(0));
        assertArrayEquals(supplied(), library.music(5));
        assertArrayEquals(supplied(), new MusicLibrary(directory.resolve("absent")).music(1));
    }

    @Test
    void aSuppliedFileInTheDirectoryWins() throws IOException {
        Files.write(directory.resolve(MusicLibrary.SUPPLIED), SERVICE);
        MusicLibrary library = new MusicLibrary(directory);
        assertArrayEquals(SERVICE, library.music(0));
        assertArrayEquals(SERVICE, library.music(7));
    }

    @Test
    void seesFilesImportedReplacedAndDeleted() throws IOException {
        MusicLibrary library = new MusicLibrary(directory);
        assertArrayEquals(supplied(), library.music(3));
        Path file = directory.resolve("moh_3_jazz.snd");
        Files.write(file, SALES);
        assertArrayEquals(SALES, library.music(3));
        Files.write(file, new byte[] {9, 9, 9});
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertArrayEquals(new byte[] {9, 9, 9}, library.music(3));
        Files.delete(file);
        assertArrayEquals(supplied(), library.music(3));
    }

    private static byte[] supplied() throws IOException {
        try (var in = MusicLibrary.class.getClassLoader().getResourceAsStream("prompts/music/moh_supplied.snd")) {
            return in.readAllBytes();
        }
    }
}
