package io.github.backendnotes.snippets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExternalPathsTest {

    @Test
    void standardLibraryAndTheProgramsOwnNamesAreNoCrates() {
        assertEquals(List.of(), ExternalPaths.rustCrates("""
                use std::collections::{hash_map, HashMap};
                use std::fmt;
                mod shapes { pub fn area() -> u32 { 1 } }
                fn main() {
                    let total = [1u32, 2].iter().sum::<u32>();
                    let v = (1..3).collect::<Vec<_>>();
                    let _ = (i32::MAX, fmt::Error, hash_map::RandomState::new(), shapes::area(), total, v);
                    let size = std::mem::size_of::<u8>();
                    println!("tokio::spawn is not called here {size}"); // nor serde::Serialize
                }
                """));
    }

    @Test
    void cratesByUsePathAndAttribute() {
        assertEquals(List.of("serde", "serde_json", "tokio"), ExternalPaths.rustCrates("""
                use serde::Serialize;
                #[tokio::main]
                async fn main() {
                    println!("{}", serde_json::json!({}));
                }
                """));
    }

    @Test
    void goModulesOutsideTheStandardLibrary() {
        assertEquals(List.of("github.com/google/uuid"), ExternalPaths.goModules("""
                package main

                import (
                \t"fmt"
                \t"net/http"
                \t"github.com/google/uuid"
                )

                func main() { fmt.Println(uuid.New(), http.StatusOK) }
                """));
        assertEquals(List.of(), ExternalPaths.goModules("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n"));
    }
}
