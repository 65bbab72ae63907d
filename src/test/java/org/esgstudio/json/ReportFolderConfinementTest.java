package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Asset;
import org.esgstudio.store.FileState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Writing a report folder puts every picture in its assets/ and nowhere else, whatever the project calls it. */
class ReportFolderConfinementTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static Project withAsset(String name) {
        Project sample = ReportFolder.read(SampleFolders.of(SampleFolders.SECOND), "王五", java.time.Instant.EPOCH);
        List<Asset> assets = new ArrayList<>(sample.assets());
        assets.add(new Asset(name, assets.get(0).bytes()));
        return new Project(sample.report(), sample.data(), assets);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../escaped.png", "../../escaped.png", "assets/../../escaped.png", "C:\\escaped.png",
        "sub/escaped.png", ".."})
    void aPictureNameThatLeavesAssetsIsRefusedBeforeAnythingIsWritten(String name) throws IOException {
        Path area = Files.createDirectories(tmp.resolve("area/inner"));
        Path target = area.resolve("exported");
        FileState before = FileState.of(tmp);

        assertThatThrownBy(() -> ReportFolder.write(withAsset(name), target))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo(target + ": 项目中的图片名称“" + name + "”不是单纯的文件名（含有路径、上级目录或盘符），"
                                + "写出会落到目标文件夹以外：未导出任何内容"));
        assertThat(FileState.of(tmp)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"光伏屋顶.png", "a..b.png"})
    void aPlainPictureNameIsWrittenIntoAssets(String name) {
        Path target = tmp.resolve("exported");

        ReportFolder.write(withAsset(name), target);

        assertThat(target.resolve("assets").resolve(name)).isRegularFile();
    }
}
