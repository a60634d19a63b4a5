/**
 * electron-builder configuration for clinic installs: AppImage and deb on Linux, NSIS on Windows.
 * Run with `npm run package:linux` / `npm run package:win` after `npm run build`.
 * Checked by tests/unit/shell/packaging-config.test.ts (this file) and tests/unit/build/packaged-app.test.ts
 * (a real `--dir` build: schema, fuses in the binary, what app.asar holds).
 *
 * @type {import('electron-builder').Configuration}
 */
const config = {
  appId: 'org.backtalk.kiosk',
  productName: 'Backtalk',
  copyright: 'Backtalk',
  directories: { output: 'release', buildResources: 'build/resources' },
  // Only the built app and its runtime dependencies; never tests, sources or maps.
  files: ['dist/**/*', '!dist/**/*.map', 'package.json'],
  extraResources: [{ from: 'build/linux', to: 'linux', filter: ['*.desktop', '*.service'] }],
  asar: true,
  // Electron's fuses, flipped in the packaged binary (see docs/SECURITY.md).
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the kiosk binary into a plain Node.js with full disk access.
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    onlyLoadAppFromAsar: true,
    // Checked on Windows and macOS; Linux ignores it. Build Windows installers on Windows
    // (a Linux-built .exe records the asar path with "/" and refuses to start).
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Backtalk <it@backtalk.invalid>',
    synopsis: 'Back-cracking check-in kiosk for a physical-therapy clinic',
    executableName: 'backtalk',
    // Drawn from build/resources/icon.svg by `npm run icons`.
    icon: 'build/resources/icons',
  },
  deb: {
    // Setting `depends` replaces electron-builder's own list, so that list comes first, whole.
    // Then what Electron's Chromium also links (GPU buffers, sound, its printing library), and
    // CUPS's own clients, which printing runs: lp/lpstat/cancel (cups-client), ipptool (cups-ipp-utils).
    // "a | a-t64": Debian 13 and Ubuntu 24.04 renamed these for 64-bit time.
    depends: [
      'libgtk-3-0 | libgtk-3-0t64',
      'libnotify4',
      'libnss3',
      'libxss1',
      'libxtst6',
      'xdg-utils',
      'libatspi2.0-0 | libatspi2.0-0t64',
      'libuuid1',
      'libsecret-1-0',
      'libgbm1',
      'libdrm2',
      'libasound2 | libasound2t64',
      'libcups2 | libcups2t64',
      'cups-client',
      'cups-ipp-utils',
    ],
    priority: 'optional',
    // Replaces electron-builder's post-install script (its steps are kept) and adds the
    // root-only provisioning folder, /etc/backtalk.
    afterInstall: 'build/linux/after-install.sh',
  },
  appImage: { artifactName: 'Backtalk-${version}-${arch}.AppImage' },
  win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'build/resources/icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
    runAfterFinish: false,
    deleteAppDataOnUninstall: false,
    // Creates %ProgramData%\Backtalk (the provisioning folder) with Administrators-only write rights,
    // and takes Backtalk.exe out of Windows Error Reporting: no crash dumps of patient answers.
    include: 'build/windows/installer.nsh',
  },
};

module.exports = config;
