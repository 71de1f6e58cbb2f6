# frozen_string_literal: true

require "json"

module BbbKit
  # The calls and parameters the library declares, read from its tables when the gem loads
  # (`bbbkit_join_parameter_*`, `bbbkit_call_*`, `bbbkit_answer_kind_*`). Server's methods and
  # the parse functions are defined from them; nothing here is written twice.
  module Declarations
    # One declared parameter: BBB name, Ruby keyword (the library's field), type, and whether it
    # is required (with no alternative) and sent only when true.
    Parameter = Struct.new(:name, :keyword, :type, :required, :only_when_true, :in_body, :doc, keyword_init: true)

    # Ruby's reserved words, which a keyword argument may be named but a local cannot be read by.
    RESERVED = %w[alias and begin break case class def defined? do else elsif end ensure false for if in
                  module next nil not or redo rescue retry return self super then true undef unless until
                  when while yield BEGIN END __FILE__ __LINE__ __ENCODING__].freeze

    class << self
      # The join call's parameters, in declared order.
      attr_reader :join
      # call name => [Parameter], for every declared call but join.
      attr_reader :calls
      # answer kind ("meeting-info") => the call it answers ("getMeetingInfo").
      attr_reader :answer_kinds

      # @api private
      def load!
        n = Native
        @join = (0...n.bbbkit_join_parameters_len).map do |i|
          Parameter.new(name: n.bbbkit_join_parameter_name(i), keyword: n.bbbkit_join_parameter_field(i),
                        type: n.bbbkit_join_parameter_type(i), required: n.bbbkit_join_parameter_required(i),
                        only_when_true: n.bbbkit_join_parameter_only_when_true(i), in_body: false,
                        doc: n.bbbkit_join_parameter_doc(i)).freeze
        end.freeze
        @calls = (0...n.bbbkit_call_count).map { |c| n.bbbkit_call_name(c) }.reject { |c| c == "join" }.to_h do |call|
          params = (0...n.bbbkit_call_parameter_count(call)).map do |i|
            Parameter.new(name: n.bbbkit_call_parameter_name(call, i), keyword: n.bbbkit_call_parameter_field(call, i),
                          type: n.bbbkit_call_parameter_type(call, i),
                          required: n.bbbkit_call_parameter_required(call, i) && n.bbbkit_call_parameter_alternative(call, i).nil?,
                          only_when_true: n.bbbkit_call_parameter_only_when_true(call, i),
                          in_body: n.bbbkit_call_parameter_in_body(call, i), doc: n.bbbkit_call_parameter_doc(call, i)).freeze
          end
          [call.freeze, params.freeze]
        end.freeze
        @answer_kinds = (0...n.bbbkit_answer_kind_count).to_h { |i| [n.bbbkit_answer_kind_name(i).freeze, n.bbbkit_answer_kind_call(i).freeze] }.freeze
      end

      # "getMeetingInfo" → "get_meeting_info", "hooks/create" → "hooks_create", "meeting-info" → "meeting_info"
      def snake(name)
        name.gsub(%r{[/\-]}, "_").gsub(/([a-z0-9])([A-Z])/, '\1_\2').downcase
      end

      # The Ruby source of a keyword signature and of the list of its values, for `params`.
      # @api private
      def signature(params, defaults = {})
        sig = params.map do |p|
          if p.required then "#{p.keyword}:"
          else "#{p.keyword}: #{defaults.fetch(p.keyword, 'nil')}"
          end
        end
        values = params.map do |p|
          RESERVED.include?(p.keyword) ? "binding.local_variable_get(:#{p.keyword})" : p.keyword
        end
        [sig.join(", "), "[#{values.join(', ')}]"]
      end
    end
  end

  # Conversion of Ruby values to the strings the library reads, and the packed
  # `name\0value\0…` buffer it takes in one call.
  # @api private
  module Pack
    module_function

    # Appends `name\0value\0` to `buf`; a NUL cannot cross and is refused like every control
    # character.
    def field(buf, name, value, parameter = name)
      if value.include?("\0") || name.include?("\0")
        raise InvalidParameterError.new("invalid parameter `#{parameter}`: must not contain control characters",
                                        parameter: parameter, rule: "control_character")
      end
      buf << name << "\0" << value << "\0"
    end

    # The packed buffer for a call: `params` its declared parameters, `values` the arguments in
    # the same order.
    def pack(params, values)
      buf = +""
      i = 0
      n = params.size
      while i < n
        v = values[i]
        i += 1
        next if v.nil?
        p = params[i - 1]
        if v.is_a?(String) # the common case: sent as given
          field(buf, p.name, v)
        elsif v == false && p.only_when_true
          next
        elsif p.type == "meta"
          pairs(v, p.keyword).each { |k, x| field(buf, "#{p.name}#{k}", text(p, x), "#{p.name}#{k}") }
        elsif p.type == "documents" && v.is_a?(Array) && v.empty?
          next
        else
          field(buf, p.name, text(p, v), p.name)
        end
      end
      buf
    end

    # The packed buffer of the parameters newer than bbbkit (name => value pairs), in the order
    # given: the library sends them after the declared ones and refuses one that shadows a
    # declared parameter (rule `reserved`).
    def pack_extra(extra)
      buf = +""
      pairs(extra, "extra").each { |name, value| field(buf, name, value.to_s, name) }
      buf
    end

    # A Hash or a list of [name, value] pairs.
    def pairs(value, parameter)
      return value.map { |k, v| [k.to_s, v] } if value.is_a?(Hash) || value.is_a?(Array)
      raise TypeError, "#{parameter} must be a Hash or an Array of [name, value] pairs, not #{value.class}"
    end

    # One argument as the text the library reads for a parameter of this type.
    def text(param, value)
      case value
      when String then value
      when true then "true"
      when false then "false"
      when Integer, Symbol then value.to_s
      when Array
        case param.type
        when "list", "states", "features"
          value.map do |item|
            item = item.to_s if item.is_a?(Symbol)
            raise TypeError, "#{param.keyword}: each item must be a String or a Symbol, not #{item.class}" unless item.is_a?(String)
            if item.include?(",")
              # The list is sent comma-separated: an item with a comma would be two.
              raise InvalidParameterError.new("invalid parameter `#{param.name}`: must not contain a comma",
                                              parameter: param.name, rule: "no_comma")
            end
            item
          end.join(",")
        else JSON.generate(value)
        end
      when Hash then JSON.generate(value)
      else
        raise TypeError, "#{param.keyword} must be a String, Integer, true/false, Symbol, Array or Hash, not #{value.class}"
      end
    end
  end
end
