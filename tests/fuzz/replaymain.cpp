// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target's LLVMFuzzerTestOneInput on every file of its corpus and regression
// folders, so any compiler's build replays them as an ordinary test. Usage:
//   fuzz_replay_<target> <folder or file>... [--optional <folder>...]
// Paths after --optional may be missing (a target may have no regressions yet).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace
{
namespace fs = std::filesystem;

std::vector<fs::path> inputsUnder(const fs::path &path)
{
    std::vector<fs::path> files;
    if (fs::is_regular_file(path)) {
        files.push_back(path);
        return files;
    }
    for (const fs::directory_entry &entry : fs::recursive_directory_iterator(path)) {
        // README files explain a folder; they are not inputs.
        if (entry.is_regular_file() && entry.path().filename().string().rfind("README", 0) != 0)
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void replay(const fs::path &file)
{
    std::printf("replaying %s\n", file.string().c_str());
    std::fflush(stdout);
    std::ifstream stream(file, std::ios::binary);
    const std::vector<char> bytes { std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>() };
    // A copy of exactly the input's size, so ASan sees a read past its end as libFuzzer would.
    std::vector<uint8_t> input(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
}
} // namespace

int main(int argc, char **argv)
{
    bool optional = false;
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--optional") {
            optional = true;
            continue;
        }
        const fs::path path(argument);
        if (!fs::exists(path)) {
            if (optional)
                continue;
            std::fprintf(stderr, "no such corpus: %s\n", argument.c_str());
            return 1;
        }
        for (const fs::path &file : inputsUnder(path)) {
            replay(file);
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "no inputs to replay\n");
        return 1;
    }
    std::printf("replayed %d inputs without a finding\n", replayed);
    return 0;
}
