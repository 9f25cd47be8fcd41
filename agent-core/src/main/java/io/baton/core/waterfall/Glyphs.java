package io.baton.core.waterfall;

/** The characters a waterfall is drawn with: box drawing where the terminal takes UTF-8, ASCII elsewhere. */
final class Glyphs {

  static final Glyphs UNICODE = new Glyphs("├── ", "└── ", "│   ", "█", "▏", "← bottleneck", "✗", "·", "…", "µs");
  static final Glyphs ASCII = new Glyphs("+-- ", "`-- ", "|   ", "#", "|", "<- bottleneck", "x", "-", "~", "us");

  final String branch;
  final String lastBranch;
  final String pipe;
  final String bar;
  /** A span too short for one bar cell still gets a visible tick. */
  final String tick;
  final String bottleneck;
  final String error;
  final String separator;
  final String ellipsis;
  final String micros;

  private Glyphs(String branch, String lastBranch, String pipe, String bar, String tick, String bottleneck,
      String error, String separator, String ellipsis, String micros) {
    this.branch = branch;
    this.lastBranch = lastBranch;
    this.pipe = pipe;
    this.bar = bar;
    this.tick = tick;
    this.bottleneck = bottleneck;
    this.error = error;
    this.separator = separator;
    this.ellipsis = ellipsis;
    this.micros = micros;
  }

  String indent() {
    return "    ";
  }
}
