# frozen_string_literal: true

require "json"

module BbbKit
  # A parsed answer, or a part of one (an attendee, a recording, a playback format): frozen, with
  # one snake_case reader per field of the library's declaration of that answer (its JSON form,
  # documented in the core's `answers` module). Each declared type is a class of its own,
  # named as the core names it ({MeetingInfo}, {Attendee}, {Recordings}, {Joined}, …), made when
  # the gem loads from the library's declaration (`bbbkit_answer_schema`). Absent optional
  # values are nil; lists are frozen Arrays; `metadata` and `custom_data` are frozen Hashes in
  # the server's order.
  #
  # #inspect and #to_s show `[redacted]` for the fields the declaration marks redacted
  # (passwords and tokens), also wherever their value appears inside another value (the session
  # token in a join answer's `url`); the readers give the values.
  class Record
    class << self
      # The declared fields: [json key, kind, record type or nil, redacted wholly] per field (a
      # field the core shows through a method, the join URL, is shown with the secrets replaced).
      # @api private
      attr_reader :fields

      # Defines one Record subclass per type of the library's declaration, under BbbKit.
      # @api private
      def define_all!(schema)
        schema.fetch("types").each do |type|
          fields = type.fetch("fields").map do |f|
            [f.fetch("json"), f.fetch("kind"), f["type"], f.fetch("redacted") && f["redacted_with"].nil?].freeze
          end.freeze
          klass = Class.new(Record) do
            @fields = fields
            fields.each { |(key, *)| attr_reader key }
            const_set(:MEMBERS, fields.map { |(key, *)| key.to_sym }.freeze)
            const_set(:IVARS, fields.map { |(key, *)| :"@#{key}" }.freeze)
            const_set(:SECRETS, fields.select { |f| f[3] }.map { |(key, *)| key.to_sym }.freeze)
          end
          BbbKit.const_set(type.fetch("name"), klass)
        end
        @kinds = schema.fetch("kinds").to_h { |k| [k.fetch("name"), BbbKit.const_get(k.fetch("type"))] }.freeze
      end

      # The class of an answer kind's answer ("meeting-info" => MeetingInfo).
      # @api private
      def for_kind(kind)
        @kinds.fetch(kind) { @kinds.fetch(kind.to_s.strip.downcase.tr("_", "-")) }
      end

      # A record of this class from the library's compact JSON form
      # (`bbbkit_parse_answer_compact`, parsed with `freeze: true`): its values in the order of
      # the declared fields, each record a list.
      # @api private
      def from_row(row)
        i = -1
        new(fields.map { |(_, kind, type, _)| value(row[i += 1], kind, type) })
      end

      def members
        const_defined?(:MEMBERS, false) ? self::MEMBERS : []
      end

      private

      # Records are built from their rows; every other value is kept as parsed (already frozen).
      def value(v, kind, type)
        return nil if v.nil?

        case kind
        when "record" then BbbKit.const_get(type).from_row(v)
        when "record_list"
          klass = BbbKit.const_get(type)
          v.map { |item| klass.from_row(item) }.freeze
        else v
        end
      end
    end

    # @api private: the values in the order of the class's fields
    def initialize(values)
      ivars = self.class::IVARS
      i = 0
      n = ivars.size
      while i < n
        instance_variable_set(ivars[i], values[i])
        i += 1
      end
      freeze
    end

    # The fields, as Symbols, in the declaration's order.
    def members
      self.class.members
    end

    # The value of a field (`record[:meeting_id]`, `record["meeting_id"]`).
    def [](key)
      raise KeyError, "no key #{key.inspect}" unless members.include?(key.to_sym)
      instance_variable_get(:"@#{key}")
    end

    # The record as Hashes and Arrays (Symbol keys; maps keep their String keys).
    def to_h
      members.to_h { |k| [k, plain(instance_variable_get(:"@#{k}"))] }
    end

    def ==(other)
      other.instance_of?(self.class) && other.to_h == to_h
    end
    alias eql? ==

    def hash
      [self.class, to_h].hash
    end

    # The redacted fields as `[redacted]`, here and wherever their value appears inside another
    # value.
    def inspect
      secrets = sensitive_values
      fields = members.map do |k|
        v = instance_variable_get(:"@#{k}")
        shown = if self.class::SECRETS.include?(k) && !v.nil? then "[redacted]"
                elsif v.is_a?(String) then redact(v, secrets).inspect
                else v.inspect
                end
        "#{k}=#{shown}"
      end
      "#<#{self.class.name} #{fields.join(', ')}>"
    end
    alias to_s inspect

    private

    def sensitive_values
      self.class::SECRETS.filter_map { |k| v = instance_variable_get(:"@#{k}"); v if v.is_a?(String) && !v.empty? }
    end

    def redact(text, secrets)
      secrets.reduce(text) { |t, s| t.gsub(s, "[redacted]") }
    end

    def plain(value)
      case value
      when Record then value.to_h
      when Array then value.map { |v| plain(v) }
      else value
      end
    end
  end

  # Parses the answer of any call (`kind` an answer kind of the library: "meeting-info",
  # "recordings", …, "join", "create") into a {Record}. A FAILED answer raises the
  # {ApiError} subclass of its kind; bytes that are not this answer raise {ParseError}.
  # `max_size:` (bytes, default 64 MiB) and `max_depth:` (default 32) limit what is read.
  def self.parse_answer(kind, body, max_size: nil, max_depth: nil)
    # The body's own bytes are read in place (ruby-ffi passes a String's pointer): a copy would
    # add the answer's size to the peak, and would live on until the next GC.
    body = body.to_s
    options = Native.parse_options(max_size, max_depth)
    json = Native.out_string do |out|
      Native.bbbkit_parse_answer_compact(Native.cstr(kind, "kind"), body, body.bytesize, options, out)
    end
    # The compact form: each record a list of its values; `freeze: true` makes every string and
    # list frozen (and equal strings one object), as the records keep them.
    Record.for_kind(kind).from_row(JSON.parse(json, freeze: true))
  end

  # Defines one parse function per answer kind of the library: parse_meeting_info,
  # parse_recordings, parse_join, parse_create, ….
  # @api private
  def self.define_parsers!
    Declarations.answer_kinds.each_key do |kind|
      define_singleton_method(:"parse_#{Declarations.snake(kind)}") do |body, max_size: nil, max_depth: nil|
        parse_answer(kind, body, max_size: max_size, max_depth: max_depth)
      end
    end
  end
end

module BbbKit
  # An element of a generic answer: #name, #text (its text, trimmed), #children (Elements),
  # #attributes ([name, value] pairs in document order). Frozen.
  Element = Struct.new(:name, :text, :children, :attributes, keyword_init: true) do
    # The first child named `name`, or nil.
    def child(name)
      children.find { |c| c.name == name }
    end

    # The value of the attribute `name`, or nil.
    def attribute(name)
      attributes.find { |n, _| n == name }&.last
    end

    # @api private
    def self.from_native(ptr)
      n = Native
      new(name: n.bbbkit_element_name(ptr).to_s_or_nil, text: n.bbbkit_element_text(ptr).to_s_or_nil || "",
          children: (0...n.bbbkit_element_children_len(ptr)).map { |i| from_native(n.bbbkit_element_child_at(ptr, i)) }.freeze,
          attributes: (0...n.bbbkit_element_attributes_len(ptr)).map do |i|
            [n.bbbkit_element_attribute_name_at(ptr, i).to_s_or_nil, n.bbbkit_element_attribute_value_at(ptr, i).to_s_or_nil].freeze
          end.freeze).freeze
    end
  end

  # Any answer, read generically: #message_key, #message, #root (an {Element}) and #get(name),
  # the text of a top-level element. For calls newer than bbbkit; declared calls have typed
  # parsers (parse_meeting_info, …).
  Response = Struct.new(:message_key, :message, :root, keyword_init: true) do
    def get(name)
      root.child(name)&.text
    end
  end

  # Reads any BBB answer generically (see {Response}); FAILED raises {ApiError}.
  def self.parse_response(body, max_size: nil, max_depth: nil)
    ptr, len = Native.bytes(body)
    h = Native.out_handle { |out| Native.bbbkit_parse_response(ptr, len, Native.parse_options(max_size, max_depth), out) }
    begin
      Response.new(message_key: Native.bbbkit_response_message_key(h).to_s_or_nil,
                   message: Native.bbbkit_response_message(h).to_s_or_nil,
                   root: Element.from_native(Native.bbbkit_response_root(h))).freeze
    ensure
      Native.bbbkit_response_free(h)
    end
  end
end
